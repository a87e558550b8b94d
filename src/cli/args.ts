import { UserError } from './errors.js';

export interface FlagSpec {
  /** Flags that take a value (without the leading dashes). */
  values?: readonly string[];
  /** Flags that are booleans. */
  booleans?: readonly string[];
  /** Flags that may repeat (their values are collected). */
  repeatable?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean | string[]>;
}

/**
 * Parse `--flag value`, `--flag=value` and boolean flags; an unknown flag is a UserError that names it.
 * A lone `-` is a positional (stdin); `--` ends the flags.
 */
export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const booleans = new Set([...(spec.booleans ?? []), 'help']);
  const repeatable = new Set(spec.repeatable ?? []);
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (booleans.has(name)) {
        if (eq >= 0) throw new UserError(`${command}: flag --${name} takes no value`);
        flags[name] = true;
      } else if (values.has(name) || repeatable.has(name)) {
        let value: string;
        if (eq >= 0) value = arg.slice(eq + 1);
        else {
          if (i + 1 >= argv.length) throw new UserError(`${command}: flag --${name} needs a value`);
          value = argv[++i];
        }
        if (repeatable.has(name)) {
          const prev = flags[name];
          flags[name] = Array.isArray(prev) ? [...prev, value] : [value];
        } else flags[name] = value;
      } else {
        throw new UserError(`${command}: unknown flag --${name} (see claimtrail ${command} --help)`);
      }
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      if (arg === '-h') flags.help = true;
      else throw new UserError(`${command}: unknown flag ${arg} (see claimtrail ${command} --help)`);
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}

/** One of `allowed`, or a UserError naming the flag and the choices. */
export function flagChoice<T extends string>(
  args: ParsedArgs, name: string, allowed: readonly T[], fallback: T, command: string,
): T {
  const v = flagString(args, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UserError(`${command}: --${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  }
  return v as T;
}

export function flagInt(args: ParsedArgs, name: string, fallback: number, command: string, min = 0): number {
  const v = flagString(args, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min) {
    throw new UserError(`${command}: --${name} must be a whole number ≥ ${min} (got "${v}")`);
  }
  return Number(v);
}
