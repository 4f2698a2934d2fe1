export * from './childProtocol';
export * from './displayFormat';
export * from './panelMessages';
export * from './runColors';
export * from './runRecord';
export * from './summary';
export * from './trainerEvents';
