/**
 * Reader for the Microsoft Recognizers-Text English spec files (../shared/datasets/recognizers-text-specs,
 * MIT licence; see its PROVENANCE.md and SPECS_README.md). Each case: an input sentence and the results a
 * model must return, with `Start`/`End` (End inclusive in the files; exclusive here), the matched text, a
 * type and a resolution; `NotSupported`/`NotSupportedByDesign` name the ports that skip the case.
 */
import { readFileSync } from 'node:fs';
import { datasetPath } from '../paths.js';

export interface SpecResult {
  text: string;
  typeName: string;
  start: number;
  /** Exclusive. */
  end: number;
  /** The resolved value as written in the spec ("75000000", "0.666666666666667"), or null. */
  value: string | null;
  /** Resolution unit ("Dollar", "Mile"), or null. */
  unit: string | null;
  /** Resolution isoCurrency ("USD"), or null. */
  iso: string | null;
}

export interface SpecCase {
  input: string;
  results: SpecResult[];
  /** The JavaScript port is expected to pass it (not flagged NotSupported/NotSupportedByDesign for javascript). */
  jsExpected: boolean;
}

export type SpecModel = 'Number' | 'Currency' | 'Dimension';

const FILES: Record<SpecModel, string[]> = {
  Number: ['Number', 'English', 'NumberModel.json'],
  Currency: ['NumberWithUnit', 'English', 'CurrencyModel.json'],
  Dimension: ['NumberWithUnit', 'English', 'DimensionModel.json'],
};

interface RawResult { Text: string; TypeName: string; Start?: number; End?: number; Resolution?: Record<string, unknown> | null }
interface RawCase { Input: string; Results: RawResult[]; NotSupported?: string; NotSupportedByDesign?: string }

const flagged = (s: string | undefined) => !!s && s.split(',').some((p) => p.trim().toLowerCase() === 'javascript');

/** Parse one spec file's JSON text (a UTF-8 BOM is allowed). */
export function parseSpec(json: string): SpecCase[] {
  const raw = JSON.parse(json.replace(/^\uFEFF/, '')) as RawCase[];
  return raw.map((c) => ({
    input: c.Input,
    jsExpected: !flagged(c.NotSupported) && !flagged(c.NotSupportedByDesign),
    results: c.Results.map((r) => {
      const res = r.Resolution ?? {};
      const start = r.Start ?? c.Input.toLowerCase().indexOf(r.Text.toLowerCase());
      const end = r.End !== undefined ? r.End + 1 : start + r.Text.length;
      const v = res.value;
      return {
        text: r.Text, typeName: r.TypeName, start, end,
        value: v === null || v === undefined ? null : String(v),
        unit: typeof res.unit === 'string' ? res.unit : null,
        iso: typeof res.isoCurrency === 'string' ? res.isoCurrency : null,
      };
    }),
  }));
}

/** The cases of one English model, or null when ../shared is absent. */
export function loadSpec(model: SpecModel): SpecCase[] | null {
  const p = datasetPath('recognizers-text-specs', ...FILES[model]);
  return p ? parseSpec(readFileSync(p, 'utf8')) : null;
}
