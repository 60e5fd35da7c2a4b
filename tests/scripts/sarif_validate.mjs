// Validates SARIF logs against the OASIS SARIF 2.1.0 JSON schema (draft-04; the copy shipped
// in the npm package @microsoft/jest-sarif) with Ajv. Usage: node sarif_validate.mjs FILE...
// Exit 0 when every file is valid; otherwise prints each error with its JSON pointer, exit 1.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

// unicodeRegExp off: the schema's "language" pattern has a stray ']' that is only legal without /u.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: node sarif_validate.mjs FILE...');
    process.exit(2);
}
let failed = 0;
for (const file of files) {
    let log;
    try {
        log = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
        console.error(`${file}: not JSON: ${e.message}`);
        ++failed;
        continue;
    }
    if (validate(log) && log.version === '2.1.0') {
        console.log(`${file}: valid SARIF 2.1.0 (${log.runs[0].results.length} result(s))`);
    } else {
        ++failed;
        for (const error of validate.errors ?? [{ instancePath: '/version', message: 'must be "2.1.0"' }])
            console.error(`${file}: ${error.instancePath || '/'}: ${error.message}`);
    }
}
process.exit(failed === 0 ? 0 : 1);
