import type { ProfileInput } from '../../../domain/profile-schema.js';
import type { RosterQuestionContext } from '../../ask-roster-calendar.js';
import type { Prompter } from '../prompter.js';
import type { Track } from '../track.js';

/** Facts the wizard needs from outside, passed in so the questions stay pure and testable. */
export interface WizardContext {
  /** Today in the person's zone (YYYY-MM-DD): the default IOP start is the next Monday. */
  today: string;
  /** The system's time zone, the default for a new profile. */
  systemZone: string;
  /** True for a first run: some defaults differ from an edit (e.g. work is assumed). */
  isNew: boolean;
  /** IOP track templates from templates/tracks. */
  tracks: Track[];
  /** Where a relative roster path is read from, and how the file is checked (default: the working folder, read as `plan` reads it). */
  roster?: RosterQuestionContext;
}

/** One section of the wizard: asks its questions, prefilled from `draft`, and returns the new draft. */
export type Section = (p: Prompter, draft: ProfileInput, ctx: WizardContext) => Promise<ProfileInput>;
