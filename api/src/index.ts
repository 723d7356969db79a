export { loadConfig, type Config } from './config';
export { createServer, listen, type ChorusServer } from './server';
export { chorusSchema } from './schema';
