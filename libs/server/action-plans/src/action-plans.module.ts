import { Module } from '@nestjs/common';
import { ActionPlansController } from './action-plans.controller';
import { ActionPlansService } from './action-plans.service';

/** WRES action plans: providers' actions with owners, due dates and dated progress, read by commissioners. */
@Module({
  controllers: [ActionPlansController],
  providers: [ActionPlansService],
})
export class ActionPlansModule {}
