import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { readTextIfAny } from '../adapters/files/read-text-if-any.js';
import type { Plan } from '../domain/plan-types.js';
import type { ProfileInput } from '../domain/profile-schema.js';
import { formatDayTime } from '../domain/time/format-day-time.js';
import { localDateOf } from '../domain/week.js';
import { CancelledError, EXIT, UsageError, UserError } from '../errors.js';
import { checkCalendarFile } from './ask-roster-calendar.js';
import { askText } from './init/ask.js';
import { loadTracks } from './init/load-tracks.js';
import { defaultOutputFolder, expandHome } from './init/output-folder.js';
import type { Prompter } from './init/prompter.js';
import { reviewWeek } from './init/review-week.js';
import { runWizard, SECTION_NAMES, SECTION_TITLES, type SectionName } from './init/run-wizard.js';
import type { Track } from './init/track.js';
import type { Io } from './io.js';
import { resolveNow } from './resolve-now.js';
import { runPlan } from './run-plan.js';

/** `init`'s options once its flags are checked (src/commands/init-options.ts). */
export interface InitOptions {
  section?: SectionName;
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
 * `iop-plan init`: asks about the week (prefilled from the stored profile on a re-run, or from an
 * unfinished run's private draft), shows the week's time budget with a menu to change any section,
 * saves (with a backup of the old profile), and offers that week's plan and calendar files.
 * Ctrl-C anywhere: the profile is not written (exit 130); finished sections stay in the draft.
 */
export async function runInit(options: InitOptions, io: Io, deps: InitDeps = {}): Promise<number> {
  // Checked before inquirer loads: with stdin from /dev/null a prompt waits forever.
  if (!deps.prompter && !io.stdinIsTTY) throw new UsageError(NO_TTY_MESSAGE);
  const { section } = options;
  const store = await import('../adapters/store/profile-store.js');
  const drafts = await import('../adapters/store/init-draft-store.js');
  const stored = await store.readStoredProfile(io.env);
  if (section && !stored) throw new UserError('--section needs a stored profile; run `iop-plan init` first');

  const p =
    deps.prompter ?? (await import('../adapters/prompts/inquirer-prompter.js')).createInquirerPrompter({}, io.stdout);
  const nowMs = deps.nowMs ?? resolveNow(undefined, io.env, io.now);
  const systemZone = deps.systemZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = stored?.input.timezone ?? systemZone;
  const ctx = {
    today: localDateOf(nowMs, zone),
    systemZone,
    isNew: !stored,
    tracks: deps.tracks ?? loadTracks(),
    newProfileId: deps.newProfileId ?? randomProfileId,
    roster: { cwd: io.cwd, check: checkCalendarFile },
  };

  p.say(
    stored
      ? `Editing your profile (${stored.file}). Press Enter to keep an answer.`
      : 'Let us set up your week. Press Enter to take the suggested answer. Times may be typed as 6:30pm, 18:30 or 1830. Your answers are kept after each part, so you can stop and come back.',
  );
  let start: ProfileInput | undefined = stored?.input;
  let done: SectionName[] = [];
  const saved = section ? undefined : drafts.readInitDraft(io.env);
  if (saved && isUsableDraft(saved.answers)) {
    const names = saved.done.filter((n): n is SectionName => (SECTION_NAMES as string[]).includes(n));
    const list = names.map((n) => SECTION_TITLES[n][0]).join(', ') || 'none yet';
    const resume = await p.select<boolean>({
      id: 'draft.resume',
      message: `You have unsaved answers from ${formatWhen(saved.savedAt, zone)} (finished: ${list}). Pick up where you left off?`,
      choices: [
        { value: true, name: 'Yes, pick up where I left off' },
        { value: false, name: 'No, start over (those answers are forgotten)' },
      ],
      default: true,
    });
    if (resume) {
      start = saved.answers as ProfileInput;
      done = names;
    } else drafts.removeInitDraft(io.env);
  }
  let kept = done.length > 0;
  const keep = (draft: ProfileInput, finished: SectionName[]) => {
    kept = !section;
    if (!section)
      drafts.writeInitDraft(io.env, {
        version: 1,
        savedAt: new Date(nowMs).toISOString(),
        done: finished,
        answers: draft,
      });
  };
  let draft: ProfileInput;
  try {
    draft = await runWizard(p, start, ctx, { ...(section && { only: [section] }), done, afterSection: keep });
  } catch (error) {
    throw cancelledWithDraft(error, kept);
  }

  let plan: Plan;
  try {
    ({ draft, plan } = await reviewWeek(p, draft, ctx, {
      nowMs,
      draftKept: !section,
      afterChange: (changed) => keep(changed, SECTION_NAMES),
      // As `plan` reads them once saved: paths relative to the stored profile's folder.
      readCalendars: async (profile) =>
        (await import('../adapters/calendar-import/read-calendars.js')).readCalendars(
          profile,
          dirname(store.profileFile(io.env)),
        ),
    }));
  } catch (error) {
    throw cancelledWithDraft(error, kept);
  }

  const { file, backup } = await store.saveProfile(io.env, draft);
  if (!section) drafts.removeInitDraft(io.env);
  p.say(`Saved ${file} (only you can read it).${backup ? ` The previous version is kept as ${backup}.` : ''}`);
  // The week the summary showed, named as it was shown.
  const message = `Make the plan and calendar files for the week shown (${plan.week.start} to ${plan.week.end}) now?`;
  if (!(await p.confirm({ id: 'plan.now', message, default: true }))) {
    p.say('Whenever you like: `iop-plan plan --ics --view all --out FOLDER`.');
    return EXIT.ok;
  }
  const home = io.env.HOME ?? homedir();
  const fallback = defaultOutputFolder(io.env, home, readTextIfAny);
  const typed = await askText(p, 'plan.out', 'Folder for the plan and calendar files', fallback, (t) =>
    t.trim() ? true : `Type a folder, e.g. ${fallback}`,
  );
  try {
    return await runPlan(
      {
        config: file,
        week: plan.week.start,
        now: new Date(nowMs).toISOString(),
        format: 'md',
        out: expandHome(typed, home),
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

function cancelledWithDraft(error: unknown, draftKept: boolean): unknown {
  if (!(error instanceof CancelledError) || !draftKept) return error;
  return new UserError(
    'Cancelled; your profile was not saved. The parts you finished are kept (privately): run `iop-plan init` to pick up where you left off.',
    EXIT.cancelled,
  );
}

function isUsableDraft(answers: Record<string, unknown>): boolean {
  return answers.version === 1 && typeof answers.timezone === 'string' && typeof answers.sleep === 'object';
}

function formatWhen(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an earlier run';
  return formatDayTime(date.getTime(), zone);
}

/** Part of every calendar UID: random, so two people's calendars never collide. */
function randomProfileId(): string {
  return crypto.randomUUID().slice(0, 8);
}
