export * from './org';
export * from './customers';
export * from './catalog';
export * from './feedback';
export * from './actions';
export * from './feature-requests';
export * from './ideas';
export * from './activity';
