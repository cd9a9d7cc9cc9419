export { createApiServer } from './app';
export { type ApiConfig, loadApiConfig } from './config';
export { createServices } from './services';
