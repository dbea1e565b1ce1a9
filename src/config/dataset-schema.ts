/**
 * The `datasets[]` entries of aisec.yaml: where the data is, what it is for, its declared
 * columns and the validation rules `aisec data validate` applies.
 */
import { z } from 'zod';
import { hint } from './schema-checks.js';
import { SignatureRefSchema } from './signature-schema.js';
import { AssetNameSchema, RelativePathSchema, TextSchema, datasetRoles, datasetSources } from './schema-primitives.js';

/** Column types a dataset schema can declare. */
export const columnTypes = ['integer', 'number', 'string', 'boolean', 'date', 'datetime'] as const;

/** The checks a dataset rule can ask for; later work may add more variants. */
export const ruleChecks = ['not-null', 'range', 'unique', 'in-set', 'regex', 'null-rate', 'row-count', 'class-balance'] as const;

const ColumnNameSchema = z.string().min(1).max(200).describe('Column name exactly as in the header (or JSON key).');
const SetValueSchema = z.union([z.string().max(1000), z.number()]);

/** One declared column of a dataset. */
export const DatasetColumnSchema = z
  .strictObject({
    name: ColumnNameSchema,
    type: z.enum(columnTypes).describe('Value type of the column.'),
    nullable: z.boolean().default(false).describe('Whether empty or null values are allowed.'),
    min: z.number().optional().describe('Smallest allowed value (integer and number columns).'),
    max: z.number().optional().describe('Largest allowed value (integer and number columns).'),
    values: z.array(SetValueSchema).min(1).max(10_000).optional().describe('The only allowed values (a closed set, e.g. category codes).'),
    description: TextSchema.optional().describe('What the column means.'),
  })
  .describe('A declared column: its type and the values it may hold.');
/** A validated column declaration. */
export type DatasetColumn = z.output<typeof DatasetColumnSchema>;

/** The declared shape of a dataset. */
export const DatasetShapeSchema = z
  .strictObject({
    columns: z.array(DatasetColumnSchema).min(1).max(10_000).describe('Declared columns. Columns not listed are allowed and not checked.'),
  })
  .describe('Declared columns of the dataset.');
/** A validated dataset shape. */
export type DatasetShape = z.output<typeof DatasetShapeSchema>;

const FractionSchema = z.number().min(0).max(1);
const ClassBoundsSchema = z
  .strictObject({
    min: FractionSchema.optional().describe('Smallest share of rows the class may have (0-1).'),
    max: FractionSchema.optional().describe('Largest share of rows the class may have (0-1).'),
  })
  .describe('Share bounds for one class.');

const ruleBase = {
  column: ColumnNameSchema.describe('Column the rule applies to.'),
  description: TextSchema.optional().describe('Why the rule exists.'),
};

/** A validation rule over one column, chosen by `check`. */
export const DatasetRuleSchema = z
  .discriminatedUnion('check', [
    z.strictObject({ check: z.literal('not-null').describe('Every row has a value in the column.'), ...ruleBase }).describe('Rule `not-null`: no empty values.'),
    z.strictObject({ check: z.literal('unique').describe('No value appears twice.'), ...ruleBase }).describe('Rule `unique`: no duplicate values.'),
    z
      .strictObject({
        check: z.literal('range').describe('Values lie between min and max (inclusive).'),
        ...ruleBase,
        min: z.number().optional().describe('Smallest allowed value.'),
        max: z.number().optional().describe('Largest allowed value.'),
      })
      .describe('Rule `range`: numeric values within [min, max]; give at least one bound.'),
    z
      .strictObject({
        check: z.literal('in-set').describe('Values come from a closed set.'),
        ...ruleBase,
        values: z.array(SetValueSchema).min(1).max(10_000).describe('Allowed values.'),
      })
      .describe('Rule `in-set`: values from a closed set.'),
    z
      .strictObject({
        check: z.literal('regex').describe('Values match a regular expression.'),
        ...ruleBase,
        pattern: z
          .string()
          .min(1)
          .max(1000)
          .refine(isValidRegex, 'not a valid JavaScript regular expression')
          .describe('JavaScript regular expression the whole value must match.'),
      })
      .describe('Rule `regex`: text values match a pattern.'),
    z
      .strictObject({
        check: z.literal('null-rate').describe('At most a share of the values is empty.'),
        ...ruleBase,
        max: FractionSchema.describe('Largest share (0-1) of rows whose value is empty or null.'),
      })
      .describe('Rule `null-rate`: the share of empty values stays under a limit.'),
    z
      .strictObject({
        check: z.literal('row-count').describe('The number of data rows lies within bounds.'),
        min: z.number().int().nonnegative().optional().describe('Fewest data rows (header excluded).'),
        max: z.number().int().nonnegative().optional().describe('Most data rows (header excluded).'),
        description: TextSchema.optional().describe('Why the rule exists.'),
      })
      .describe('Rule `row-count`: the dataset has between min and max rows; give at least one bound.'),
    z
      .strictObject({
        check: z.literal('class-balance').describe('Each class of the label column has a share of rows within bounds.'),
        column: ColumnNameSchema.optional().describe('Label column; defaults to the dataset\'s labelColumn.'),
        min: FractionSchema.optional().describe('Smallest share (0-1) any class may have.'),
        max: FractionSchema.optional().describe('Largest share (0-1) any class may have.'),
        classes: z.record(z.string().max(1000), ClassBoundsSchema).optional().describe('Bounds for named classes, overriding min and max; a named class missing from the data has share 0.'),
        description: TextSchema.optional().describe('Why the rule exists.'),
      })
      .describe('Rule `class-balance`: label classes within share bounds; give min, max or classes.'),
  ])
  .describe('A validation rule over one column; `check` picks the kind.');
/** A validated dataset rule. */
export type DatasetRule = z.output<typeof DatasetRuleSchema>;

/** One dataset of the system. */
export const DatasetSchema = z
  .strictObject({
    name: AssetNameSchema.describe('Unique name of the dataset; models refer to it in `trainingData`.'),
    path: RelativePathSchema.describe('File or folder holding the data, relative to aisec.yaml.'),
    role: z.enum(datasetRoles).describe('What the data is used for.'),
    source: z.enum(datasetSources).describe('Where the data comes from.'),
    personalData: z.boolean().describe('Whether the data holds information about identifiable people.'),
    labelColumn: ColumnNameSchema.optional().describe('Column holding the target label, if any.'),
    schema: DatasetShapeSchema.optional(),
    rules: z.array(DatasetRuleSchema).max(1000).default([]).describe('Validation rules checked by `aisec data validate`.'),
    signature: SignatureRefSchema.optional(),
    description: TextSchema.optional().describe('What the data is.'),
  })
  .superRefine(checkDataset, { when: () => true })
  .describe('A dataset the system is trained, evaluated or monitored with.');
/** A validated dataset entry. */
export type Dataset = z.output<typeof DatasetSchema>;

function isValidRegex(pattern: string): boolean {
  try {
    // Compiling only; patterns run later against data under a time budget.
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks across the fields of one dataset. It runs even when other fields are invalid (so all
 * problems are reported at once), hence every access is guarded.
 */
function checkDataset(value: unknown, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const data = value as Record<string, unknown>;
  const issue = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const columns = Array.isArray((data.schema as { columns?: unknown } | undefined)?.columns)
    ? ((data.schema as { columns: unknown[] }).columns as Record<string, unknown>[])
    : undefined;
  const names = new Map<string, number>();
  columns?.forEach((column, i) => {
    if (typeof column !== 'object' || column === null) return;
    const { name, type, min, max, values } = column;
    if (typeof name === 'string') {
      if (names.has(name)) issue(['schema', 'columns', i, 'name'], `column "${name}" is declared twice (first at columns[${names.get(name)}])`);
      else names.set(name, i);
    }
    const numeric = type === 'integer' || type === 'number';
    if ((min !== undefined || max !== undefined) && !numeric) issue(['schema', 'columns', i], `min and max apply only to integer and number columns, not ${String(type)}`);
    if (typeof min === 'number' && typeof max === 'number' && min > max) issue(['schema', 'columns', i, 'min'], `min (${min}) is greater than max (${max})`);
    if (Array.isArray(values) && type !== undefined) checkSetTypes(values, type, (j, m) => issue(['schema', 'columns', i, 'values', j], m));
  });
  const known = (column: unknown): boolean => columns === undefined || typeof column !== 'string' || names.has(column);
  if (!known(data.labelColumn)) issue(['labelColumn'], unknownColumn(String(data.labelColumn), names));
  if (!Array.isArray(data.rules)) return;
  data.rules.forEach((rule: unknown, i) => {
    if (typeof rule !== 'object' || rule === null) return;
    const r = rule as Record<string, unknown>;
    if (!known(r.column)) issue(['rules', i, 'column'], unknownColumn(String(r.column), names));
    if (r.check === 'range' && r.min === undefined && r.max === undefined) issue(['rules', i], 'a range rule needs min, max or both');
    if (r.check === 'row-count' && r.min === undefined && r.max === undefined) issue(['rules', i], 'a row-count rule needs min, max or both');
    if (r.check === 'class-balance') {
      if (r.min === undefined && r.max === undefined && r.classes === undefined) issue(['rules', i], 'a class-balance rule needs min, max or classes');
      if (r.column === undefined && data.labelColumn === undefined) issue(['rules', i, 'column'], 'name the label column here or set labelColumn on the dataset');
      if (typeof r.classes === 'object' && r.classes !== null) {
        for (const [name, bounds] of Object.entries(r.classes as Record<string, { min?: unknown; max?: unknown }>)) {
          if (typeof bounds?.min === 'number' && typeof bounds.max === 'number' && bounds.min > bounds.max) issue(['rules', i, 'classes', name, 'min'], `min (${bounds.min}) is greater than max (${bounds.max})`);
        }
      }
    }
    if (typeof r.min === 'number' && typeof r.max === 'number' && r.min > r.max) issue(['rules', i, 'min'], `min (${r.min}) is greater than max (${r.max})`);
  });
}

function checkSetTypes(values: unknown[], type: unknown, issue: (index: number, message: string) => void): void {
  const want = type === 'integer' || type === 'number' ? 'number' : type === 'string' ? 'string' : undefined;
  if (want === undefined) return;
  values.forEach((v, j) => {
    if (typeof v !== want) issue(j, `value ${JSON.stringify(v)} is not a ${want}, but the column type is ${String(type)}`);
    else if (type === 'integer' && !Number.isInteger(v)) issue(j, `value ${String(v)} is not an integer`);
  });
}

function unknownColumn(name: string, names: Map<string, number>): string {
  return `column "${name}" is not declared under schema.columns${hint(name, names.keys())}`;
}
