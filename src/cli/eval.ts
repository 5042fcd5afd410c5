// attache eval: scores attache (or saved predictions) on gold files by the rules of gold/SCHEMA.md.
import { basename } from 'node:path';
import { UsageError } from '../errors.js';
import { readGold, readPredictions } from '../eval/gold.js';
import { evaluateCases } from '../eval/evaluate.js';
import { textReport, jsonReport } from '../eval/report.js';

export interface EvalArgs {
  files: string[];
  json: boolean;
  errors: number;
  byRoot: boolean;
  pred?: string;
}

export function runEval(args: EvalArgs, out: (s: string) => void): void {
  if (!args.files.length) throw new UsageError('eval needs at least one GOLD.jsonl (see attache --help)');
  if (args.pred && args.files.length !== 1) throw new UsageError('--pred scores one gold file at a time');
  const predictions = args.pred ? readPredictions(args.pred) : undefined;
  for (const file of args.files) {
    const cases = readGold(file);
    const report = evaluateCases(basename(file), cases, { predictions });
    out(args.json ? JSON.stringify(jsonReport(report, args.errors)) + '\n' : textReport(report, { errors: args.errors, byRoot: args.byRoot }));
  }
}
