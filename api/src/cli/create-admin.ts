// `pnpm create-admin --email ops@example.com --name "Ops Admin"`: the first ADMIN of a deployment that
// runs with CHORUS_DEMO=off. The password comes from CHORUS_ADMIN_PASSWORD or is asked for.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDb, hashPassword, runMigrations, startDatabase } from '@chorus/db';
import { users } from '@chorus/db/schema';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('usage: pnpm create-admin --email EMAIL --name NAME   (password from CHORUS_ADMIN_PASSWORD or a prompt)');
  process.exit(2);
}
let password = process.env.CHORUS_ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password (at least 12 characters): ');
  rl.close();
}
if (password.length < 12) {
  console.error('The password must have at least 12 characters.');
  process.exit(2);
}

const database = await startDatabase();
const handle = createDb(database.url, { max: 1 });
try {
  await runMigrations(handle);
  const email = values.email.trim().toLowerCase();
  const [existing] = await handle.db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  if (existing) {
    console.error(`A user with the email ${email} exists already.`);
    process.exitCode = 1;
  } else {
    await handle.db.insert(users).values({ email, name: values.name, role: 'ADMIN', passwordHash: await hashPassword(password) });
    console.log(`Created ADMIN ${email}.`);
  }
} finally {
  await handle.close();
  await database.stop();
}
