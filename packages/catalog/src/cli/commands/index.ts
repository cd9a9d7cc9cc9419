import type { Command } from '../cli-args';
import { datasetsCommand } from './datasets.command';
import { exportCommand } from './export.command';
import { foldsCommand } from './folds.command';
import { generateCommand } from './generate.command';
import { importCommand } from './import.command';
import { uploadCommand } from './upload.command';

/** The hep2 CLI's commands, in the order its help lists them. */
export const COMMANDS: Command[] = [
  generateCommand,
  importCommand,
  uploadCommand,
  exportCommand,
  foldsCommand,
  datasetsCommand,
];
