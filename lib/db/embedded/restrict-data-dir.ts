import { chmod, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Keeps the embedded database private to its owner: new files and folders are created without
 * group/other access (umask 077), the data folder is 0700, and the database's files are set to 0600
 * (folders 0700). PGlite creates its files 0666 whatever the umask, so the 0700 folders are what
 * shuts others out of files it adds while running.
 */
export async function restrictDataDir(dataDir: string, databaseFolder: string): Promise<void> {
  process.umask(0o077);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  await mkdir(databaseFolder, { recursive: true, mode: 0o700 });
  await restrict(databaseFolder);
}

async function restrict(folder: string): Promise<void> {
  await chmod(folder, 0o700);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const target = path.join(folder, entry.name);
    if (entry.isDirectory()) await restrict(target);
    else if (entry.isFile()) await chmod(target, 0o600);
  }
}
