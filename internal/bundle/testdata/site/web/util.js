// util.js has helpers that two modules share.

export function shout(s) {
  return s.toUpperCase();
}

export const lines = (s) => s.split('\n');

const unused = 1;
