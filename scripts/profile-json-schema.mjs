// Turns the zod profile schema into the published JSON Schema. Shared by write-schema.mjs and
// the test that keeps templates/profile.schema.json in step with the zod schema.

export const SCHEMA_ID = 'urn:iop-plan:profile:v1';

/** Help text editors show next to the keys; the zod schema carries the rules, these the meaning. */
const DESCRIPTIONS = {
  $schema: 'Where this JSON Schema is, for editors (ignored by iop-plan).',
  version: 'Profile format version: 1.',
  id: 'A random id written by `iop-plan init`; part of every calendar UID.',
  timezone: 'IANA time zone of every time and date in the profile, e.g. America/New_York.',
  weekStart: 'The first day of a planned week.',
  me: 'You: the person the plan is for.',
  sleep: 'When you sleep: one {bedtime, wake} or a list of them with days. Sleep may cross midnight.',
  rules: 'Limits the planner keeps to.',
  privacy: 'What family calendars may show.',
  alarms: 'Calendar reminders.',
  supportNote: 'The support line printed at the end of plans (never in employer files).',
  household: 'People who share duties with you; `me` is reserved.',
  work: 'Work shifts, flexible work hours, commute and leave (leave out if you do not work).',
  iop: 'The IOP program: dates, sessions, flexible appointments and closures.',
  duties: 'Family duties: fixed (start/end) or flexible (minutes + window), with owners.',
  habits: 'Recovery and self-care habits: minutes, times per week, window and priority.',
  events: 'One-off events on a date.',
};

/**
 * @param {typeof import('zod').z} z
 * @param {import('zod').ZodType} profileSchema
 */
export function toProfileJsonSchema(z, profileSchema) {
  const generated = z.toJSONSchema(profileSchema, { io: 'input', reused: 'inline' });
  const { $schema, ...rest } = generated;
  for (const [key, description] of Object.entries(DESCRIPTIONS)) {
    if (rest.properties?.[key]) rest.properties[key] = { description, ...rest.properties[key] };
  }
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'iop-plan profile',
    description:
      'A weekly-planning profile for iop-plan (format v1): sleep, work, IOP program, family duties, habits and events. Times are "HH:MM" (24-hour), dates YYYY-MM-DD. Some rules (end after start, known owners, unique ids, nothing you alone must attend during sleep) are checked by iop-plan itself.',
    ...rest,
  };
}

/** The file's exact text: 2-space JSON and a final newline. */
export function profileJsonSchemaText(z, profileSchema) {
  return `${JSON.stringify(toProfileJsonSchema(z, profileSchema), null, 2)}\n`;
}
