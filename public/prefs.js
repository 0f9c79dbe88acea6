/*
 * Applies the reader's saved display preferences before the page is drawn, so
 * a dark-theme reader never sees a flash of light. Reads only this site's own
 * localStorage keys, which the reader set with the page's own controls; sends
 * nothing anywhere. (A plain file, not inline, so the Content-Security-Policy
 * can forbid inline scripts.)
 */
(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem('pip:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    var mode = localStorage.getItem('pip:mode');
    if (mode === 'en' || mode === 'original') root.dataset.mode = mode;
    if (localStorage.getItem('pip:notes') === 'hidden') root.dataset.notes = 'hidden';
  } catch {
    /* Storage blocked: the defaults apply. */
  }
})();
