import { describe, expect, it } from 'vitest';
import { parseClock, parseSpan } from '../../../src/app/init/parse-time.js';

const ok = <T>(value: T) => ({ ok: true, value });
const no = (error: string) => ({ ok: false, error });

describe('parseClock: times as people type them', () => {
  it.each([
    // accepted: 24-hour
    ['6:30', ok('06:30')],
    ['06:30', ok('06:30')],
    ['18:30', ok('18:30')],
    ['18', ok('18:00')],
    ['7', ok('07:00')],
    ['0', ok('00:00')],
    ['0630', ok('06:30')],
    ['1830', ok('18:30')],
    ['630', ok('06:30')],
    ['18.30', ok('18:30')],
    ['18h30', ok('18:30')],
    ['  07:45  ', ok('07:45')],
    ['23:59', ok('23:59')],
    // accepted: am / pm
    ['6:30pm', ok('18:30')],
    ['10:30 PM', ok('22:30')],
    ['10:30PM', ok('22:30')],
    ['6pm', ok('18:00')],
    ['6 a.m.', ok('06:00')],
    ['7:15 am', ok('07:15')],
    ['12am', ok('00:00')],
    ['12pm', ok('12:00')],
    ['12:30 a.m.', ok('00:30')],
    ['11:59pm', ok('23:59')],
    ['9p', ok('21:00')],
    ['noon', ok('12:00')],
    ['Midnight', ok('00:00')],
    // refused, each saying why
    ['25:00', no('25:00: hours go up to 23')],
    ['24:30', no('24:30: hours go up to 23')],
    ['24:00', no('24:00: a day starts at 00:00 (24:00 is only an end)')],
    ['7:60', no('7:60: minutes go up to 59')],
    ['7:5', no('7:5: minutes need two digits (like 07:05 or 19:30)')],
    ['7:', no('7:: minutes need two digits (like 07:05 or 19:30)')],
    ['13pm', no('13pm: with am or pm, hours go from 1 to 12')],
    ['0am', no('0am: with am or pm, hours go from 1 to 12')],
    ['1960', no('1960: minutes go up to 59')],
    ['2400', no('2400: a day starts at 00:00 (24:00 is only an end)')],
    ['12345', no('12345: not a time; type e.g. 6:30pm or 18:30')],
    ['123:45', no('123:45: too many digits before the colon; type e.g. 6:30pm or 18:30')],
    ['half six', no('half six: not a time; type e.g. 6:30pm or 18:30')],
    ['6:30 xm', no('6:30 xm: not a time; type e.g. 6:30pm or 18:30')],
    ['-5', no('-5: not a time; type e.g. 6:30pm or 18:30')],
    ['', no('Type a time: type e.g. 6:30pm or 18:30')],
  ])('%j → %j', (typed, expected) => {
    expect(parseClock(typed)).toEqual(expected);
  });

  it('takes 24:00 and midnight as the end of a day', () => {
    expect(parseClock('24:00', { end: true })).toEqual(ok('24:00'));
    expect(parseClock('midnight', { end: true })).toEqual(ok('24:00'));
  });
});

describe('parseSpan: start-end', () => {
  it.each([
    ['9am-5pm', {}, ok({ start: '09:00', end: '17:00' })],
    ['09:00 – 17:00', {}, ok({ start: '09:00', end: '17:00' })],
    ['9 to 5pm', {}, ok({ start: '09:00', end: '17:00' })],
    ['6:30-7pm', {}, ok({ start: '18:30', end: '19:00' })],
    ['10-11am', {}, ok({ start: '10:00', end: '11:00' })],
    ['21:00-00:00', {}, ok({ start: '21:00', end: '24:00' })],
    ['10:30pm-6:30', { overnight: true }, ok({ start: '22:30', end: '06:30' })],
    ['10-6am', { overnight: true }, ok({ start: '22:00', end: '06:00' })],
    ['7pm-7:30am', { overnight: true }, ok({ start: '19:00', end: '07:30' })],
    ['8:15-3', {}, ok({ start: '08:15', end: '15:00' })], // within one day, a bare 3 after 8:15 is 3pm
    ['9-5', {}, ok({ start: '09:00', end: '17:00' })],
    ['1-6', {}, ok({ start: '13:00', end: '18:00' })], // bare hours from 1 to 5 within a day: the afternoon
    ['2-3:30', {}, ok({ start: '14:00', end: '15:30' })],
    ['6-8', {}, ok({ start: '06:00', end: '08:00' })],
    ['01:00-06:00', {}, ok({ start: '01:00', end: '06:00' })], // 24-hour writing: as typed
    ['17:00-09:00', {}, no('17:00-09:00 runs past midnight: this must end by 24:00 (midnight)')], // 24-hour: as typed
    ['9-5', { overnight: true }, ok({ start: '09:00', end: '05:00' })], // a night shift could: checkRange asks
    ['11pm-1', { what: 'a habit' }, no('23:00-01:00 runs past midnight: a habit must end by 24:00 (midnight)')],
    ['21:00-01:00', { what: 'a habit' }, no('21:00-01:00 runs past midnight: a habit must end by 24:00 (midnight)')],
    ['17:00-17:00', {}, no('17:00-17:00: the end must differ from the start')],
    ['9-25', {}, no('end 25: hours go up to 23')],
    ['nine to five', {}, no('start nine: not a time; type e.g. 6:30pm or 18:30')],
    ['0900', {}, no('0900: type a start and an end, e.g. 9am-5pm or 09:00-17:00')],
  ])('%j %j → %j', (typed, options, expected) => {
    expect(parseSpan(typed, options)).toEqual(expected);
  });
});
