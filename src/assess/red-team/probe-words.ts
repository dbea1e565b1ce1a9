/**
 * Plain words for what a successful probe of each family means: a title for the finding, a
 * clause for the headline ("it followed instructions hidden in content it read") and what an
 * attacker gains. A family the table does not know falls back to the probe's own goal.
 */

/** The words for one family. */
export interface FamilyWords {
  /** Finding title, after the application's name: "support-assistant <title>". */
  readonly title: string;
  /** What the application did, as a clause after "it". */
  readonly did: string;
  /** What an attacker gains, for the finding's `why`. */
  readonly why: string;
}

const families: Readonly<Record<string, FamilyWords>> = {
  'prompt-injection': {
    title: 'drops its instructions when a user tells it to',
    did: 'dropped its instructions when a user told it to',
    why: 'Anyone who can type into the application can override its rules: make it say what they want in the company\u2019s name, leave its task, or go on to the worse attacks below.',
  },
  'indirect-injection': {
    title: 'follows instructions hidden in content it reads',
    did: 'followed instructions hidden in content it read',
    why: 'Whoever can write a document, review, web page or e-mail the application reads can steer it without ever talking to it: every user who asks about that content gets the attacker\u2019s answer, and the attacker can use the application\u2019s tools and data.',
  },
  'system-prompt-extraction': {
    title: 'reveals its system prompt or the secrets in it',
    did: 'revealed its system prompt or the secrets in it',
    why: 'An attacker learns the application\u2019s hidden rules and any codes, passwords or internal details written into them, and can craft attacks against exactly those rules.',
  },
  exfiltration: {
    title: 'writes links or images that send data to an attacker',
    did: 'wrote links or images that send data to an attacker\u2019s site',
    why: 'When the chat window shows the image or the user clicks the link, the conversation or a secret travels to a server the attacker controls, without the user noticing.',
  },
  'data-leakage': {
    title: 'reveals credentials or personal data it can see',
    did: 'revealed credentials or personal data it could see',
    why: 'An attacker obtains keys, passwords or other people\u2019s personal data just by asking, which can mean a breach to report and accounts to rotate.',
  },
  'excessive-agency': {
    title: 'uses a sensitive tool with arguments an attacker chose',
    did: 'called a sensitive tool with arguments an attacker chose',
    why: 'The attacker acts through the application: sends e-mails, moves money or changes records in the company\u2019s name, with the application\u2019s permissions.',
  },
  jailbreak: {
    title: 'steps out of its rules when asked to play a persona',
    did: 'stepped out of its rules when asked to play a persona',
    why: 'A role-play framing switches the application\u2019s rules off: it then says or reveals what it was told never to.',
  },
  'multi-turn': {
    title: 'can be led step by step into breaking its rules',
    did: 'was led step by step into breaking its rules',
    why: 'A patient attacker gets, over a few harmless-looking turns, what a single request would not: the rules hold for one message but not for a conversation.',
  },
};

/** The words for `family`, falling back to the probe's goal ("Make the assistant …"). */
export function familyWords(family: string, goal: string): FamilyWords {
  const known = families[family];
  if (known !== undefined) return known;
  const aim = goal.replace(/^make the (assistant|application|model) /iu, '').replace(/\.$/u, '');
  return {
    title: `can be made to ${aim}`,
    did: `could be made to ${aim}`,
    why: `An attacker can make the application ${aim}.`,
  };
}

/** A probe id as words: `direct-override` → `direct override`. */
export function probeName(id: string): string {
  return id.replace(/[-_]+/gu, ' ');
}
