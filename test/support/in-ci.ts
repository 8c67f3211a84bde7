/**
 * True on CI (`CI` set to anything but empty, `0` or `false`, as CI services and `.ci/run` do).
 * There a missing external tool (chromium, khal, python3-icalendar) fails its test instead of
 * skipping it, so a broken install cannot pass silently.
 */
export const inCi = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());
