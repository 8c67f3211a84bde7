import { buildPlan } from '../domain/build-plan.js';
import { normalizeProfile } from '../domain/profile.js';
import { localDateOf } from '../domain/week.js';
import { CancelledError, EXIT, UsageError, UserError } from '../errors.js';
import { askText } from './init/ask.js';
import { loadTracks } from './init/load-tracks.js';
import type { Prompter } from './init/prompter.js';
import { runWizard, SECTION_NAMES, type SectionName } from './init/run-wizard.js';
import { summarizeWeek } from './init/summarize-week.js';
import type { Track } from './init/track.js';
import type { Io } from './io.js';
import { resolveNow } from './resolve-now.js';
import { runPlan } from './run-plan.js';

export interface InitOptions {
  section?: string;
  color?: boolean;
}

/** What tests replace: the terminal, the clock, the shipped tracks, randomness. */
export interface InitDeps {
  prompter?: Prompter;
  nowMs?: number;
  systemZone?: string;
  tracks?: Track[];
  newProfileId?: () => string;
}

export const NO_TTY_MESSAGE = 'init is interactive; use `iop-plan profile import FILE` or `--config FILE`';

/**
 * `iop-plan init`: asks about the week (prefilled from the stored profile on a re-run), shows the
 * week's time budget, saves after a confirm (with a backup of the old profile), and offers to make
 * this week's plan and calendar files. Ctrl-C anywhere: nothing written, exit 130.
 */
export async function runInit(options: InitOptions, io: Io, deps: InitDeps = {}): Promise<number> {
  // Checked before inquirer loads: with stdin from /dev/null a prompt waits forever.
  if (!deps.prompter && !io.stdinIsTTY) throw new UsageError(NO_TTY_MESSAGE);
  const section = parseSection(options.section);
  const store = await import('../adapters/store/profile-store.js');
  const stored = await store.readStoredProfile(io.env);
  if (section && !stored) throw new UserError('--section needs a stored profile; run `iop-plan init` first');

  const p =
    deps.prompter ?? (await import('../adapters/prompts/inquirer-prompter.js')).createInquirerPrompter({}, io.stdout);
  const nowMs = deps.nowMs ?? resolveNow(undefined, io.env);
  const systemZone = deps.systemZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const ctx = {
    today: localDateOf(nowMs, stored?.input.timezone ?? systemZone),
    systemZone,
    isNew: !stored,
    tracks: deps.tracks ?? loadTracks(),
    newProfileId: deps.newProfileId ?? randomProfileId,
  };
  p.say(
    stored
      ? `Editing your profile (${stored.file}). Press Enter to keep an answer.`
      : 'Let us set up your week. Press Enter to take the suggested answer; you can change everything later with `iop-plan init`.',
  );
  const draft = await runWizard(p, stored?.input, ctx, section);

  const profile = normalizeProfile(draft);
  const start = profile.iop?.startDate;
  const weekDate = start && start > ctx.today ? start : ctx.today;
  p.say(summarizeWeek(buildPlan(profile, weekDate, nowMs), profile).join('\n'));
  if (!(await p.confirm({ id: 'save', message: 'Save this profile?', default: true }))) throw new CancelledError();

  const { file, backup } = await store.saveProfile(io.env, draft);
  p.say(`Saved ${file} (only you can read it).${backup ? ` The previous version is kept as ${backup}.` : ''}`);
  // The week the summary showed: this week, or the program's first week when it starts later.
  const message = `Make the plan and calendar files for the week of ${weekDate} now?`;
  if (!(await p.confirm({ id: 'plan.now', message, default: true }))) {
    p.say('Whenever you like: `iop-plan plan --ics --view all`.');
    return EXIT.ok;
  }
  const out = await askText(p, 'plan.out', 'Folder for the plan and calendar files', '.', (t) =>
    t.trim() ? true : 'Type a folder, e.g. . for this one',
  );
  try {
    return await runPlan(
      {
        config: file,
        week: weekDate,
        now: new Date(nowMs).toISOString(),
        format: 'md',
        out,
        ics: true,
        view: 'all',
        color: options.color ?? true,
      },
      io,
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`your profile is saved, but the plan could not be made: ${error.message}`, error.exitCode);
  }
}

function parseSection(name: string | undefined): SectionName | undefined {
  if (name === undefined) return undefined;
  if ((SECTION_NAMES as string[]).includes(name)) return name as SectionName;
  throw new UsageError(`--section: "${name}" is not one of ${SECTION_NAMES.join(', ')}`);
}

/** Part of every calendar UID: random, so two people's calendars never collide. */
function randomProfileId(): string {
  return crypto.randomUUID().slice(0, 8);
}
