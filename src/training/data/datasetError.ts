/**
 * An expected problem with the data on disk or on the network. Its message is written
 * for the user: it names the file, what is wrong and what to do about it.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}
