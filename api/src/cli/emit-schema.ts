// Writes api/schema.graphql from the type-graphql classes; the portal's codegen and tests read it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from './print-schema';
import { chorusSchema } from '../schema';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
writeFileSync(out, printSortedSchema(await chorusSchema()));
console.log(`wrote ${out}`);
