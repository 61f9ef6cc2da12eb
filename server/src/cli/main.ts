/**
 * zhiping command line (run by cli/zhiping.ts, callable in process by the tests): score an assessment or validate an indicator system offline, with
 * the same engine the server and the web use.
 *
 *   pnpm zhiping score <indicator-system.json> <answers.json> [--profile ID] [--target N]
 *   pnpm zhiping validate <indicator-system.json>
 *   pnpm zhiping admin create --email EMAIL [--name NAME]   (password on stdin)
 *
 * `admin create` uses the server's configuration (DATABASE_URL, or PGlite in DATA_DIR),
 * applies the migrations and the reference data, then adds a platform admin. In the image or
 * from the production bundle: `node server/dist/cli.mjs admin create --email …`.
 *
 * Output is JSON on stdout. Bad input prints one line on stderr and exits with 2.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  AssessmentInputError,
  answersDocumentSchema,
  formatPath,
  IndicatorSystemError,
  LEVELS,
  prepareScoring,
  validateIndicatorSystem,
  type IndicatorSystem,
  type Level,
} from '@zhiping/shared';
import { AdminCreateError, createAdmin } from '../bootstrap/admin.ts';
import { connectDatabase, migrateDatabase } from '../bootstrap/database.ts';
import { StartupError } from '../bootstrap/startup-error.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { loadReferenceData } from '../db/reference/index.ts';

const USAGE = `usage:
  zhiping score <indicator-system.json> <answers.json> [--profile ID] [--target N]
  zhiping validate <indicator-system.json>
  zhiping admin create --email EMAIL [--name NAME]   (password read from stdin)`;

/** A problem with what the user gave us: reported in one line, exit code 2. */
class CliError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${path}${code === 'ENOENT' ? ': no such file' : `: ${code ?? String(error)}`}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

const summarize = (messages: readonly string[], max = 3): string =>
  messages.slice(0, max).join('; ') +
  (messages.length > max ? ` (and ${messages.length - max} more)` : '');

function loadSystem(path: string): IndicatorSystem {
  const result = validateIndicatorSystem(readJson(path));
  if (!result.ok) {
    throw new CliError(
      `${path} is not a valid indicator system: ${summarize(
        result.issues.map((i) => `${i.path}: ${i.message}`),
        1,
      )}; run \`zhiping validate ${path}\``,
    );
  }
  return result.system;
}

interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

function parseArgs(args: readonly string[], allowed: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const rest = args[Symbol.iterator]();
  for (let next = rest.next(); next.done !== true; next = rest.next()) {
    const arg = next.value;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(name)) throw new CliError(`unknown option --${name}\n${USAGE}`);
    const value = inline ?? rest.next().value;
    if (value === undefined) throw new CliError(`option --${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}

function targetLevel(raw: string | undefined, fromFile: Level | undefined): Level {
  if (raw === undefined) return fromFile ?? 5;
  const n = Number(raw);
  if (!(LEVELS as readonly number[]).includes(n)) {
    throw new CliError(`--target must be a level 1..5; got "${raw}"`);
  }
  return n as Level;
}

function score(args: readonly string[]): unknown {
  const { positional, options } = parseArgs(args, ['profile', 'target']);
  if (positional.length !== 2) throw new CliError(`score needs two files\n${USAGE}`);
  const [systemPath, answersPath] = positional as [string, string];
  const system = loadSystem(systemPath);
  const parsed = answersDocumentSchema.safeParse(readJson(answersPath));
  if (!parsed.success) {
    throw new CliError(
      `${answersPath} is not a valid answers file: ${summarize(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`))}`,
    );
  }
  const doc = parsed.data;
  const profileId = options.get('profile') ?? doc.profile ?? soleProfile(system);
  const scorer = prepareScoring(system, profileId);
  const input = {
    answers: doc.answers,
    tailoring: doc.tailoring,
    targetLevel: targetLevel(options.get('target'), doc.targetLevel),
  };
  const issues = scorer.checkAnswers(input);
  if (issues.length > 0)
    throw new CliError(`${answersPath}: ${summarize(issues.map((i) => i.message))}`);
  const report = scorer.score(input);
  return {
    system: { code: report.systemCode, version: report.systemVersion },
    profile: report.profileId,
    targetLevel: report.targetLevel,
    level: report.maturityLevel,
    score: report.score,
    completion: report.completion,
    levels: report.levels.map((l) => ({ level: l.level, score: l.score, attained: l.attained })),
    nodes: report.nodes.map((n) => ({ id: n.id, kind: n.kind, score: n.score, level: n.level })),
    gaps: report.gaps.map((g) => ({
      requirementId: g.requirementId,
      level: g.level,
      impact: g.impact,
    })),
  };
}

function soleProfile(system: IndicatorSystem): string {
  const [only, ...others] = system.profiles;
  if (only === undefined || others.length > 0) {
    throw new CliError(
      `choose a profile with --profile or "profile" in the answers file: one of ${system.profiles.map((p) => p.id).join(', ')}`,
    );
  }
  return only.id;
}

function validate(args: readonly string[]): unknown {
  const { positional } = parseArgs(args, []);
  const [path] = positional;
  if (path === undefined || positional.length !== 1) {
    throw new CliError(`validate needs one file\n${USAGE}`);
  }
  const result = validateIndicatorSystem(readJson(path));
  if (!result.ok) {
    throw new CliError(
      `${path} is not a valid indicator system (${result.issues.length} issue${result.issues.length === 1 ? '' : 's'})`,
      result.issues.map((i) => `${i.path}: ${i.message}`),
    );
  }
  const { system } = result;
  const counts = { nodes: 0, subdomains: 0, requirements: 0 };
  const walk = (nodes: IndicatorSystem['tree']) => {
    for (const node of nodes) {
      counts.nodes += 1;
      if (node.children) walk(node.children);
      else {
        counts.subdomains += 1;
        counts.requirements += node.requirements?.length ?? 0;
      }
    }
  };
  walk(system.tree);
  return {
    valid: true,
    code: system.code,
    version: system.version,
    ...counts,
    profiles: system.profiles.length,
  };
}

/** The password: typed twice without echo on a terminal, else all of stdin (one line). */
async function readPassword(io: CliIo): Promise<string> {
  if (!io.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
      io.stderr.write(prompt);
      // Mute the echo of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
      rl.question('', (answer) => {
        rl.close();
        io.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('password for the new admin: ');
  if ((await ask('again: ')) !== first) throw new CliError('the two passwords differ');
  return first;
}

async function admin(args: readonly string[], io: CliIo): Promise<unknown> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new CliError(`unknown admin command "${sub ?? ''}"\n${USAGE}`);
  const { positional, options } = parseArgs(rest, ['email', 'name']);
  const email = options.get('email');
  if (!email || positional.length) throw new CliError(`admin create needs --email EMAIL\n${USAGE}`);
  const password = await readPassword(io);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const database = await connectDatabase(config);
  try {
    await migrateDatabase(database);
    await loadReferenceData(database.db);
    const created = await createAdmin(database.db, {
      email,
      password,
      displayName: options.get('name'),
    });
    return { created: { id: created.id, email: created.email, role: 'admin' } };
  } catch (error) {
    if (error instanceof AdminCreateError) throw new CliError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}

/** Where the command line reads and writes: the process's own streams in cli/zhiping.ts. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Runs one command; resolves to the exit code (0, 1 on an internal or startup error, 2 on bad input). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const print = (text: string) => io.stdout.write(`${text}\n`);
  try {
    if (command === 'admin') print(JSON.stringify(await admin(rest, io), null, 2));
    else if (command === 'score') print(JSON.stringify(score(rest), null, 2));
    else if (command === 'validate') print(JSON.stringify(validate(rest), null, 2));
    else if (command === 'help' || command === '--help' || command === '-h') print(USAGE);
    else
      throw new CliError(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`zhiping: ${error.message}\n`);
      for (const line of error.details) io.stderr.write(`  ${line}\n`);
      return 2;
    }
    if (error instanceof StartupError) {
      io.stderr.write(`zhiping: ${error.message}\n`);
      return 1;
    }
    if (error instanceof IndicatorSystemError || error instanceof AssessmentInputError) {
      io.stderr.write(`zhiping: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`zhiping: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}
