import { Module } from '@nestjs/common';
import { WresCalculator } from './wres-calculator.service';
import { WresCalculatorController } from './wres-calculator.controller';

@Module({ controllers: [WresCalculatorController], providers: [WresCalculator], exports: [WresCalculator] })
export class WresModule {}
