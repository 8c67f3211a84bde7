/** One event the plan wants in a calendar: its resource name and the hash of its content. */
export interface WantedResource {
  name: string;
  /** Hash of what is sent, without DTSTAMP and SEQUENCE (they change without the event changing). */
  hash: string;
  label: string;
}

/** What the last sync wrote to a resource: the server's ETag for it and the hash of what was sent. */
export interface KnownResource {
  etag: string;
  hash: string;
  sequence: number;
  label: string;
}

export type SyncReason = 'edited-elsewhere' | 'deleted-elsewhere' | 'adopted';

export type SyncAction =
  /** PUT with `If-None-Match: *`. */
  | { kind: 'create'; name: string; label: string; sequence: number; reason?: SyncReason }
  /** PUT with `If-Match: etag`. */
  | { kind: 'update'; name: string; label: string; sequence: number; etag: string; reason?: SyncReason }
  /** DELETE with `If-Match: etag`. */
  | { kind: 'delete'; name: string; label: string; etag: string; reason?: SyncReason }
  /** Nothing to send; `known` is what to remember (an adopted resource gets the server's ETag). */
  | { kind: 'keep'; name: string; label: string; known: KnownResource }
  /** Changed on another device while the plan's version did not change: not touched, reported. */
  | { kind: 'left-alone'; name: string; label: string; why: 'edited' | 'deleted'; known: KnownResource }
  /** Gone from the plan and from the server: only forgotten. */
  | { kind: 'forget'; name: string; label: string };

export interface CalendarSyncInput {
  wanted: WantedResource[];
  /** From the last sync of this calendar and week (empty when there is no record). */
  known: Record<string, KnownResource>;
  /** Every resource on the server in this calendar: name → ETag. */
  server: Map<string, string>;
  /** For wanted resources on the server that the record does not know: the server content's hash. */
  serverHashes: Map<string, string>;
  /** `--overwrite`: replace another device's changes at once. */
  overwrite: boolean;
}

/**
 * Decides, for one calendar and week, what to send (DESIGN §5a): a new event is created, a
 * changed one updated, one that left the plan deleted, an unchanged one left as it is. An event
 * changed or deleted on another device (its ETag differs from the one recorded, or it is gone) is
 * left alone and reported until the plan's own version of it changes, or at once with
 * `overwrite`. A resource the record does not know but that has the expected name is adopted (a
 * lost record): kept when its content is what the plan wants, else updated. Pure.
 */
export function decideSync(input: CalendarSyncInput): SyncAction[] {
  const { wanted, known, server, serverHashes, overwrite } = input;
  const actions: SyncAction[] = [];
  const wantedNames = new Set(wanted.map((w) => w.name));
  for (const w of wanted) {
    const was = known[w.name];
    const etag = server.get(w.name);
    const base = { name: w.name, label: w.label };
    if (!was) {
      if (etag === undefined) actions.push({ kind: 'create', ...base, sequence: 0 });
      else if (serverHashes.get(w.name) === w.hash)
        actions.push({ kind: 'keep', ...base, known: { etag, hash: w.hash, sequence: 0, label: w.label } });
      else actions.push({ kind: 'update', ...base, sequence: 0, etag, reason: 'adopted' });
      continue;
    }
    const changed = was.hash !== w.hash;
    const sequence = was.sequence + (changed ? 1 : 0);
    if (etag === undefined) {
      if (changed || overwrite) actions.push({ kind: 'create', ...base, sequence, reason: 'deleted-elsewhere' });
      else actions.push({ kind: 'left-alone', ...base, why: 'deleted', known: was });
    } else if (etag !== was.etag) {
      if (changed || overwrite) actions.push({ kind: 'update', ...base, sequence, etag, reason: 'edited-elsewhere' });
      else actions.push({ kind: 'left-alone', ...base, why: 'edited', known: was });
    } else if (changed) {
      actions.push({ kind: 'update', ...base, sequence, etag });
    } else {
      actions.push({ kind: 'keep', ...base, known: was });
    }
  }
  for (const [name, was] of Object.entries(known)) {
    if (wantedNames.has(name)) continue;
    const etag = server.get(name);
    const base = { name, label: was.label };
    if (etag === undefined) actions.push({ kind: 'forget', ...base });
    else
      actions.push({
        kind: 'delete',
        ...base,
        etag,
        ...(etag !== was.etag && { reason: 'edited-elsewhere' as const }),
      });
  }
  return actions;
}

/** True for actions that send a write to the server. */
export function isWrite(action: SyncAction): action is Extract<SyncAction, { kind: 'create' | 'update' | 'delete' }> {
  return action.kind === 'create' || action.kind === 'update' || action.kind === 'delete';
}
