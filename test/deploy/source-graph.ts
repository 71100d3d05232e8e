// What a service's code really needs, read from its source: every file its entry reaches through
// runtime imports (type-only imports are erased and do not count), the environment variables those
// files read, and the packages they import. The deployment files are checked against this, so a
// variable or dependency is found where the code uses it, not in a hand-kept list.
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

interface Workspace {
  name: string;
  dir: string;
  exports: Record<string, string>;
  dependencies: Set<string>;
}

interface PackageJson {
  name: string;
  workspaces?: string[];
  exports?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PackageJson;

/** The npm workspaces of the repository (globs of the form `dir` or `dir/*`). */
export function workspaces(): Workspace[] {
  const root = readJson(path.join(repoRoot, 'package.json'));
  const dirs = (root.workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [path.join(repoRoot, pattern)];
    const parent = path.join(repoRoot, pattern.slice(0, -2));
    return ts.sys.getDirectories(parent).map((d) => path.join(parent, d));
  });
  return dirs
    .filter((dir) => existsSync(path.join(dir, 'package.json')))
    .map((dir) => {
      const pkg = readJson(path.join(dir, 'package.json'));
      return { name: pkg.name, dir, exports: pkg.exports ?? {}, dependencies: new Set(Object.keys(pkg.dependencies ?? {})) };
    });
}

function resolveExport(workspace: Workspace, subpath: string): string | null {
  const key = subpath === '' ? '.' : `./${subpath}`;
  const exact = workspace.exports[key];
  if (exact) return path.join(workspace.dir, exact);
  for (const [pattern, target] of Object.entries(workspace.exports)) {
    const [prefix, suffix] = pattern.split('*');
    if (suffix === undefined || !key.startsWith(prefix ?? '') || !key.endsWith(suffix)) continue;
    const star = key.slice((prefix ?? '').length, key.length - suffix.length);
    return path.join(workspace.dir, target.replace('*', star));
  }
  return null;
}

/** The runtime module specifiers of one file: static imports and re-exports that are not type-only, and literal dynamic imports. */
function runtimeImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const ENV_OBJECTS = new Set(['env', 'process.env']);
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Names read as env.X, env['X'], env[`${…}_X`] (a pattern) or passed as helper(env, 'X'). */
function envReads(source: ts.SourceFile): { names: string[]; patterns: string[] } {
  const names: string[] = [];
  const patterns: string[] = [];
  const isEnv = (node: ts.Node) => ENV_OBJECTS.has(node.getText(source));
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && isEnv(node.expression) && ENV_NAME.test(node.name.text)) names.push(node.name.text);
    if (ts.isElementAccessExpression(node) && isEnv(node.expression)) {
      const key = node.argumentExpression;
      if (ts.isStringLiteralLike(key)) names.push(key.text);
      else if (ts.isTemplateExpression(key)) patterns.push(key.head.text + key.templateSpans.map((span) => `*${span.literal.text}`).join(''));
    }
    if (ts.isCallExpression(node) && node.arguments.length >= 2 && isEnv(node.arguments[0] as ts.Node)) {
      const name = node.arguments[1] as ts.Node;
      if (ts.isStringLiteral(name) && ENV_NAME.test(name.text)) names.push(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { names, patterns };
}

export interface SourceFacts {
  /** Repository-relative paths of every file the entry reaches at run time. */
  files: string[];
  /** Environment variables read by those files. */
  env: Set<string>;
  /** Templated names such as `*_URL`: `*` stands for a part the code fills in. */
  envPatterns: string[];
  /** Each package imported by name (workspaces too), with the files that import it. */
  packages: Map<string, string[]>;
}

const BUILTINS = new Set(builtinModules);
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function resolveModule(spec: string, from: string, byName: Map<string, Workspace>): string | null {
  if (spec.startsWith('.')) return path.resolve(path.dirname(from), spec);
  const workspace = byName.get(packageOf(spec));
  return workspace ? resolveExport(workspace, spec.slice(workspace.name.length + 1)) : null;
}

export function sourceFacts(entry: string): SourceFacts {
  const byName = new Map(workspaces().map((w) => [w.name, w]));
  const seen = new Set<string>();
  const facts: SourceFacts = { files: [], env: new Set(), envPatterns: [], packages: new Map() };
  const queue = [path.resolve(repoRoot, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Error(`${entry}: cannot resolve ${path.relative(repoRoot, file)}`);
    if (file.endsWith('.json')) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    facts.files.push(path.relative(repoRoot, file));
    const reads = envReads(source);
    reads.names.forEach((name) => facts.env.add(name));
    facts.envPatterns.push(...reads.patterns);
    for (const spec of runtimeImports(source)) {
      if (spec.startsWith('node:') || BUILTINS.has(spec)) continue;
      const resolved = resolveModule(spec, file, byName);
      if (resolved !== null) queue.push(resolved);
      if (!spec.startsWith('.')) facts.packages.set(packageOf(spec), [...(facts.packages.get(packageOf(spec)) ?? []), path.relative(repoRoot, file)]);
    }
  }
  return facts;
}

/** The workspace a repository file belongs to. */
export function workspaceOf(file: string): Workspace | undefined {
  const absolute = path.resolve(repoRoot, file);
  return workspaces()
    .filter((w) => absolute.startsWith(w.dir + path.sep))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
}

/** Whether the code reads `name`, literally or through a templated name whose `*` is one of `fillers`. */
export function readsEnv(facts: SourceFacts, name: string, fillers: readonly string[]): boolean {
  if (facts.env.has(name)) return true;
  return facts.envPatterns.some((pattern) => fillers.some((filler) => pattern.replaceAll('*', filler) === name));
}
