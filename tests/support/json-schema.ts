/** JSON Schema (draft 2020-12) validation for the published data, formats (uri, date…) included. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function schemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}
