// Export of articles for readers: createExporter once per batch, then document, fragment, ninjs.
export { createExporter, EXPORT_LANGUAGE, type Exporter, type Fragment } from './exporter';
export { DEFAULT_STYLESHEET } from './stylesheet';
