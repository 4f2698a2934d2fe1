export * from './childProtocol';
export * from './runRecord';
export * from './trainerEvents';
