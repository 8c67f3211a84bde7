import type { FmlaStatus } from '../leave/fmla-status.js';

/**
 * How the letter asks for the time that cannot be made up (DESIGN §4a). Eligible: FMLA
 * intermittent leave (29 CFR 825.202). Unsure: a question, since the employer must say whether
 * FMLA applies once it is asked (29 CFR 825.300(b)); FMLA is not claimed. Not eligible: a schedule
 * adjustment under the employer's policy or, in the US, a modified work schedule as a reasonable
 * accommodation (42 U.S.C. 12111(9)(B)); the word FMLA never appears.
 */
export function leaveRequestSentences(status: FmlaStatus, inUs: boolean): string[] {
  if (status === 'eligible') {
    return [
      'I would like to take this as intermittent leave under the Family and Medical Leave Act (FMLA), and I will complete any forms you need.',
    ];
  }
  if (status === 'unsure') {
    return [
      'Could you let me know whether I am eligible for leave under the Family and Medical Leave Act (FMLA) for this time? ' +
        'If I am not, I would like to take it as leave in whatever form our policy allows, or as a temporary change to my schedule.',
    ];
  }
  const adjustment =
    'I would like to arrange this as a temporary adjustment to my work schedule, or as time off in whatever form our policy allows.';
  return inUs
    ? [
        adjustment,
        'If it helps, I am asking for this as a reasonable accommodation under the Americans with Disabilities Act: a modified work schedule for the time of these appointments.',
      ]
    : [adjustment];
}
