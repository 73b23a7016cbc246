export * from './wres-calculator.service';
export * from './wres.module';
