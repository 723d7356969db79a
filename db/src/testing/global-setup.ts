// Vitest global setup shared by every package: one PostgreSQL for the whole run (DATABASE_URL, or a
// fresh embedded server in a temporary folder) and a migrated template database that each test file
// copies, so files run in parallel on databases of their own.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createDb } from '../client';
import { startEmbedded, type RunningDatabase } from '../embedded';
import { runMigrations } from '../migrate';
import './provided';

const TEMPLATE = 'chorus_test_template';


function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let running: RunningDatabase;
  let dataDir: string | undefined;
  if (process.env.DATABASE_URL) {
    running = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    // under /tmp (world-traversable) so the OS user postgres can reach it when tests run as root
    dataDir = mkdtempSync(path.join(tmpdir(), 'chorus-test-pg-'));
    chmodSync(dataDir, 0o755);
    running = await startEmbedded(path.join(dataDir, 'data'), 'postgres');
  }
  const admin = postgres(running.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${TEMPLATE} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE}`);
  const template = createDb(withDatabase(running.url, TEMPLATE), { max: 1 });
  await runMigrations(template);
  await template.close();
  await admin.end();

  project.provide('chorusAdminUrl', running.url);
  project.provide('chorusTemplate', TEMPLATE);
  return async () => {
    await running.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
