// Packs the repo with `npm pack` and installs the tarball into a fresh folder, as a
// user would (offline: the package has no dependencies). Shared by pack.test.mjs
// and the Vite fixture test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** Runs `npm pack` into `dir`; returns {tarball, files} (files: paths inside the package). */
export function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, env: npmEnv, encoding: 'utf8' });
  const [info] = JSON.parse(out);
  return { tarball: path.join(dir, info.filename), files: info.files.map((f) => f.path).sort() };
}

/** Installs `tarball` into `app` (created with a minimal package.json if missing). */
export function install(tarball, app) {
  fs.mkdirSync(app, { recursive: true });
  const manifest = path.join(app, 'package.json');
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-save', '--no-package-lock', tarball], { cwd: app, env: npmEnv, stdio: 'pipe' });
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
