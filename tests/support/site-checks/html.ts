/** Small helpers over parse5's tree, for the site checks. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export function parseHtml(html: string) {
  return parse(html, { sourceCodeLocationInfo: true });
}

export function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as unknown as Node);
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const textOf = (el: Element): string =>
  el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? textOf(c) : '')).join('');

export const lineOf = (el: Element): number => el.sourceCodeLocation?.startLine ?? 0;
