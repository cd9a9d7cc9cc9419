/**
 * The hadolint rules that matter for our images, checked offline on dockerfile-ast's parse (hadolint
 * itself is a Haskell binary: not in Debian's apt, and its npm wrappers download it). Rule ids are
 * hadolint's where it has one (DLxxxx) and ours (HEP2xx) otherwise. A `# hadolint ignore=DL3008`
 * comment on the line above an instruction silences those rules for it, as in hadolint.
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

export interface LintFinding {
  rule: string;
  line: number;
  message: string;
}

interface Stage {
  name: string | null;
  from: string;
  instructions: Instruction[];
}

const line = (i: Instruction) => i.getRange().start.line + 1;
const args = (i: Instruction) => i.getArgumentsContent() ?? '';

/** `# hadolint ignore=DL3008,DL3009` comments: rules ignored on the instruction below (0-based line). */
function ignoredRules(dockerfile: ReturnType<typeof DockerfileParser.parse>): Map<number, Set<string>> {
  const ignored = new Map<number, Set<string>>();
  for (const comment of dockerfile.getComments()) {
    const match = /hadolint\s+ignore=([\w,\s]+)/.exec(comment.getContent() ?? '');
    if (match?.[1])
      ignored.set(comment.getRange().start.line + 1, new Set(match[1].split(',').map((r) => r.trim())));
  }
  return ignored;
}

function checkFrom(i: Instruction, stageNames: Set<string>, report: (rule: string, msg: string) => void) {
  const [image] = args(i).split(/\s+/);
  if (!image || stageNames.has(image) || image === 'scratch') return;
  const afterRegistry = image.split('/').at(-1) ?? image;
  if (afterRegistry.includes('@sha256:')) return;
  const tag = afterRegistry.includes(':') ? afterRegistry.split(':').at(-1) : undefined;
  if (!tag) report('DL3006', `${image}: tag the base image explicitly`);
  else if (tag === 'latest') report('DL3007', `${image}: pin a version, not latest`);
}

function checkRun(i: Instruction, report: (rule: string, msg: string) => void, hasPipefail: boolean) {
  const command = args(i).replace(/\\\n/g, ' ');
  const installs = /apt-get\s+(?:[-\w]+\s+)*install\b[^&;|]*/g;
  for (const install of command.match(installs) ?? []) {
    if (!install.includes('--no-install-recommends'))
      report('DL3015', 'apt-get install: add --no-install-recommends');
    if (!/\s(-y|--yes|--assume-yes)\b/.test(install))
      report('DL3014', 'apt-get install: add -y (builds are not interactive)');
  }
  if (/apt-get\s+(?:[-\w]+\s+)*install\b/.test(command) && !/rm\s+-rf\s+\/var\/lib\/apt\/lists/.test(command))
    report('DL3009', 'remove /var/lib/apt/lists/* in the same RUN as apt-get install');
  if (/(^|[;&|]\s*)sudo\s/.test(command)) report('DL3004', 'do not use sudo: set USER instead');
  if (/(^|[;&]\s*)cd\s+\S/.test(command)) report('DL3003', 'use WORKDIR to change directory, not cd');
  if (/\|/.test(command.replace(/\|\|/g, '')) && !hasPipefail)
    report('DL4006', 'a RUN with a pipe needs SHELL ["/bin/bash", "-o", "pipefail", "-c"] first');
}

/** Splits the file into build stages; a stage built FROM another inherits its USER and HEALTHCHECK. */
function stagesOf(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const i of instructions) {
    if (i.getKeyword() === 'FROM') {
      const words = args(i).split(/\s+/);
      const as = words.findIndex((w) => w.toUpperCase() === 'AS');
      stages.push({ name: as > 0 ? (words[as + 1] ?? null) : null, from: words[0] ?? '', instructions: [] });
    } else stages.at(-1)?.instructions.push(i);
  }
  return stages;
}

function lastOf(stages: Stage[], stage: Stage, keyword: string): Instruction | null {
  for (let s: Stage | undefined = stage; s; s = stages.find((p) => p.name === s?.from)) {
    const found = s.instructions.filter((i) => i.getKeyword() === keyword).at(-1);
    if (found) return found;
  }
  return null;
}

/** Lints one Dockerfile's text; an empty array means clean. */
export function lintDockerfile(text: string): LintFinding[] {
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const ignored = ignoredRules(dockerfile);
  const findings: LintFinding[] = [];
  const stages = stagesOf(instructions);
  const stageNames = new Set(stages.map((s) => s.name).filter((n): n is string => !!n));
  let hasPipefail = false;
  for (const i of instructions) {
    const report = (rule: string, message: string) => {
      if (!ignored.get(i.getRange().start.line)?.has(rule)) findings.push({ rule, line: line(i), message });
    };
    const keyword = i.getKeyword();
    if (keyword === 'FROM') {
      hasPipefail = false;
      checkFrom(i, stageNames, report);
    }
    if (keyword === 'SHELL') hasPipefail = /pipefail/.test(args(i));
    if (keyword === 'RUN') checkRun(i, report, hasPipefail);
    if (keyword === 'ADD') report('DL3020', 'use COPY for files and folders, not ADD');
    if (keyword === 'MAINTAINER') report('DL4000', 'MAINTAINER is deprecated: use a LABEL');
    if (keyword === 'WORKDIR' && !/^["']?(\/|\$)/.test(args(i))) report('DL3000', 'use an absolute WORKDIR');
    if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && !args(i).trim().startsWith('['))
      report('DL3025', `${keyword}: use the exec (JSON) form so signals reach the process`);
  }
  // Every runnable stage (one with a CMD of its own) runs as a non-root user and says how it is
  // health-checked (HEALTHCHECK NONE is allowed, on purpose, for workers without a port).
  for (const stage of stages) {
    const cmd = stage.instructions.find((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT');
    if (!cmd) continue;
    const where = line(cmd);
    const user = lastOf(stages, stage, 'USER');
    const name = stage.name ?? stage.from;
    if (!user || /^(root|0)(:|$)/.test(args(user).trim()))
      findings.push({ rule: 'DL3002', line: where, message: `stage ${name}: switch to a non-root USER` });
    if (!lastOf(stages, stage, 'HEALTHCHECK'))
      findings.push({ rule: 'HEP201', line: where, message: `stage ${name}: declare a HEALTHCHECK` });
  }
  return findings.sort((a, b) => a.line - b.line);
}
