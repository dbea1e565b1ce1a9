/**
 * Shapes of the authored prompt-injection sets: the rows written to JSONL, and the authored
 * material each set is built from (fixed texts, carrier documents with slots, payloads,
 * templates). Each set has its own material; only the assembly code is shared.
 */

export type Label = 'injection' | 'benign';
export type SetName = 'extra-train' | 'holdout' | 'validation' | 'validation-2' | 'validation-3' | 'validation-4' | 'validation-5';

/** One JSONL row, keys in this order. */
export interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: Label;
  readonly source: string;
  readonly category: string;
  readonly lang: string;
  readonly quality: 'clean';
  readonly license: string;
}

/**
 * Texts used as written. `family` names the source key suffix:
 * `aisec_authored_<train|holdout>_<label>_<family>`.
 */
export interface AuthoredGroup {
  readonly family: string;
  readonly label: Label;
  readonly category: string;
  readonly lang: string;
  readonly texts: readonly string[];
}

export type CarrierKind = 'email' | 'web_page' | 'tool_output' | 'document' | 'review';

/**
 * A document an assistant reads on a user's behalf. `{{INJECT}}` marks each place an injected
 * payload may go (one is chosen, the others vanish). `json`: the slot sits inside a JSON string,
 * so the payload is escaped.
 */
export interface Carrier {
  readonly kind: CarrierKind;
  readonly text: string;
  readonly json?: boolean;
  /** The document's language (ISO 639-1), `en` when absent. */
  readonly lang?: string;
}

/** Programmatically encoded attacks and the carrier sentences around them. */
export interface EncodedSources {
  /** English attack payloads (plain), encoded by the generator. */
  readonly payloads: readonly string[];
  /** Carriers for decodable encodings (base64, hex, ROT13, URL): `{{ENC}}` the encoded payload, `{{NAME}}` the encoding's name. */
  readonly decodeCarriers: readonly string[];
  /** Carriers for disguises read as text (leetspeak, look-alike letters, zero-width characters): `{{ENC}}`. */
  readonly disguiseCarriers: readonly string[];
  /** Rows per encoding. */
  readonly perEncoding: number;
}

/** Benign requests about encoded data: `{{ENC}}` an encoded plain text, `{{NAME}}` its encoding. */
export interface BenignEncodedSources {
  readonly plaintexts: readonly string[];
  readonly carriers: readonly string[];
  readonly count: number;
}

/**
 * Code, logs and configuration holding blobs. Slots: `{{B64:n}}` random base64 of n bytes,
 * `{{B64URL:n}}`, `{{HEX:n}}` n random bytes as hex, `{{JWT}}` a made-up signed token,
 * `{{UUID}}`, `{{B64TEXT}}` base64 of one of `plaintexts`.
 */
export interface CodeBlobSources {
  readonly templates: readonly string[];
  readonly plaintexts: readonly string[];
  /** Subjects for the made-up tokens' payloads. */
  readonly subjects: readonly string[];
  readonly count: number;
}

/** Markdown with ordinary images and links: `{{URL}}` a link address with a query string, `{{IMG}}` an image address. */
export interface MarkdownLinkSources {
  readonly templates: readonly string[];
  readonly hosts: readonly string[];
  readonly paths: readonly string[];
  readonly imagePaths: readonly string[];
  readonly campaigns: readonly string[];
  readonly count: number;
}

/** A markdown exfiltration attempt: `{{HOST}}` an attacker host, `{{PARAM}}` a query parameter name. */
export interface ExfiltrationTemplate {
  readonly category: 'exfiltration:markdown_image' | 'exfiltration:markdown_link';
  readonly lang: string;
  readonly text: string;
}

export interface ExfiltrationSources {
  readonly templates: readonly ExfiltrationTemplate[];
  readonly hosts: readonly string[];
  readonly params: readonly string[];
  readonly count: number;
}

/** One long document: its title and paragraphs in reading order. */
export interface LongDocumentTheme {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** Long benign documents assembled from a theme's paragraphs; some get an injected payload between paragraphs. */
export interface LongDocumentSources {
  readonly documents: readonly LongDocumentTheme[];
  readonly count: number;
  readonly injectedCount: number;
  readonly payloads: readonly string[];
}

export interface SetSources {
  readonly set: SetName;
  /** Source key prefix, e.g. `aisec_authored_train`. */
  readonly sourcePrefix: string;
  readonly authored: readonly AuthoredGroup[];
  readonly carriers: readonly Carrier[];
  /** English payloads for the carriers. */
  readonly indirectPayloads: readonly string[];
  /** Injected variants per carrier (distinct payloads, random slot). */
  readonly indirectPerCarrier: number;
  readonly encoded: EncodedSources;
  readonly benignEncoded: BenignEncodedSources;
  readonly codeBlobs: CodeBlobSources;
  readonly markdownLinks: MarkdownLinkSources;
  readonly exfiltration: ExfiltrationSources;
  readonly longDocuments: LongDocumentSources;
}

/** Shorthand for a group of benign texts. */
export function benign(family: string, category: string, lang: string, texts: readonly string[]): AuthoredGroup {
  return { family, label: 'benign', category, lang, texts };
}

/** Shorthand for a group of injection texts. */
export function injection(family: string, category: string, lang: string, texts: readonly string[]): AuthoredGroup {
  return { family, label: 'injection', category, lang, texts };
}

/** A set made only of texts used as written and carriers with planted payloads (the validation sets): no encoded, markdown or long-document rows. */
export function textsAndCarriers(set: SetName, sourcePrefix: string, authored: readonly AuthoredGroup[], carriers: readonly Carrier[], indirectPayloads: readonly string[], indirectPerCarrier: number): SetSources {
  const none = { count: 0 } as const;
  return {
    set,
    sourcePrefix,
    authored,
    carriers,
    indirectPayloads,
    indirectPerCarrier,
    encoded: { payloads: [], decodeCarriers: [], disguiseCarriers: [], perEncoding: 0 },
    benignEncoded: { plaintexts: [], carriers: [], ...none },
    codeBlobs: { templates: [], plaintexts: [], subjects: [], ...none },
    markdownLinks: { templates: [], hosts: [], paths: [], imagePaths: [], campaigns: [], ...none },
    exfiltration: { templates: [], hosts: [], params: [], ...none },
    longDocuments: { documents: [], injectedCount: 0, payloads: [], ...none },
  };
}
