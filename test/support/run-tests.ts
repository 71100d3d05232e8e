// `npm test`: every workspace's tests through turbo, then one closing line over all of them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { testResultsDir } from '../../vitest.shared.ts';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

rmSync(testResultsDir, { recursive: true, force: true });
const turbo = spawnSync('turbo', ['run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)], { stdio: 'inherit' });

let files: string[] = [];
try {
  files = readdirSync(testResultsDir).filter((f) => f.endsWith('.json'));
} catch {
  // No workspace got as far as writing a report.
}
const totals = { passed: 0, failed: 0, skipped: 0 };
console.log('\nTest summary per workspace:');
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(path.join(testResultsDir, file), 'utf8')) as VitestJson;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  console.log(`  ${file.replace(/\.json$/, '').padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(turbo.status === 0 && totals.failed === 0 && files.length > 0 ? 0 : (turbo.status ?? 1) || 1);
