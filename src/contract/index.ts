export * from './childProtocol';
export * from './panelMessages';
export * from './runRecord';
export * from './summary';
export * from './trainerEvents';
