/**
 * TensorFlow ops that reach outside the graph: run Python, read or write files, open network
 * connections through debug URLs. Names from TensorFlow's op registry.
 */

/** What an op can do to the host when the graph runs. */
export type OpRisk = 'python' | 'file-read' | 'file-write' | 'file-reader-dataset' | 'summary-writer' | 'checkpoint' | 'debug';

/** Op name → risk. Ops not listed are ordinary tensor maths or control flow. */
export const RISKY_OPS: ReadonlyMap<string, OpRisk> = new Map<string, OpRisk>([
  ...(['PyFunc', 'PyFuncStateless', 'EagerPyFunc'] as const).map((op) => [op, 'python'] as [string, OpRisk]),
  ...(['ReadFile', 'MatchingFiles', 'MatchingFilesDataset', 'ImmutableConst', 'LoadAndRemapMatrix'] as const).map((op) => [op, 'file-read'] as [string, OpRisk]),
  ...(['WriteFile'] as const).map((op) => [op, 'file-write'] as [string, OpRisk]),
  ...([
    'TFRecordDataset', 'TFRecordDatasetV2', 'TextLineDataset', 'FixedLengthRecordDataset', 'FixedLengthRecordDatasetV2', 'LMDBDataset', 'ExperimentalLMDBDataset',
    'WholeFileReader', 'WholeFileReaderV2', 'TextLineReader', 'TextLineReaderV2', 'TFRecordReader', 'TFRecordReaderV2', 'FixedLengthRecordReader',
    'FixedLengthRecordReaderV2', 'LMDBReader', 'InitializeTableFromTextFile', 'InitializeTableFromTextFileV2', 'SnapshotDataset', 'LoadDataset',
  ] as const).map((op) => [op, 'file-reader-dataset'] as [string, OpRisk]),
  ...(['CreateSummaryFileWriter', 'CreateSummaryDbWriter', 'SaveDataset', 'SaveDatasetV2', 'DatasetToTFRecord', 'ExperimentalDatasetToTFRecord'] as const).map((op) => [op, 'summary-writer'] as [string, OpRisk]),
  ...(['Save', 'SaveV2', 'SaveSlices', 'Restore', 'RestoreV2', 'RestoreSlice', 'MergeV2Checkpoints'] as const).map((op) => [op, 'checkpoint'] as [string, OpRisk]),
  ...(['DebugIdentity', 'DebugIdentityV2', 'DebugIdentityV3', 'DebugNanCount', 'DebugNumericSummary', 'DebugNumericSummaryV2'] as const).map((op) => [op, 'debug'] as [string, OpRisk]),
]);
