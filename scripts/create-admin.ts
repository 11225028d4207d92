// Makes an admin account: the portal has no default accounts, so the first admin is made here,
// on the server. The password is read from standard input (typed, or piped), never from the
// command line where other users and shell history would see it.
//   npm run create-admin -- --email quantri@mttq.example.vn --name "Nguyễn Thị Hoa"
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { createOfficial } from '../src/lib/officials/store.ts';
import { readNewOfficialForm } from '../src/lib/officials/official-form.ts';
import { passwordLength } from '../src/lib/officials/password.ts';
import { runCommand } from './run-command.ts';

const explanations: Record<string, string> = {
  emailInvalid: 'give a valid --email',
  nameInvalid: 'give the person’s --name (2 to 200 characters)',
  passwordTooShort: `the password must have at least ${passwordLength.min} characters`,
  passwordTooLong: `the password must have at most ${passwordLength.max} characters`,
};

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stdout.write(`Password (at least ${passwordLength.min} characters): `);
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

runCommand(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const password = await readPassword();
  const read = readNewOfficialForm({
    email: values.email ?? '',
    name: values.name ?? '',
    password,
    role: 'admin',
    unitCode: '',
  });
  if (!read.ok) {
    const problems = read.problems.map((problem) => explanations[problem.code] ?? problem.code);
    console.error(`Error: ${problems.join('; ')}.`);
    process.exit(1);
  }
  const form = read.value;
  const database = await openDatabase();
  try {
    await database.migrate();
    const created = await createOfficial(database.db, { ...form, grants: [{ role: 'admin', unitCode: null }] }, null);
    if (!created.ok) {
      console.error(`Error: An account for ${form.email} already exists.`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `Admin ${form.email} created. Sign in at /workspace/sign-in; the first sign-in sets up the second factor ` +
        `with an authenticator app.`,
    );
  } finally {
    await database.close();
  }
});
