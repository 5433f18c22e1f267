import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, UnitOfWork, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { Call, CALL_REPOSITORY, withCallNumbers, type CallRepository, type NewCall } from '../../domain/index.js';

export class CreateCallCommand extends Command<Call> {
  constructor(readonly context: CommandContext, readonly input: NewCall) {
    super();
  }
}

/**
 * The contact is not read first: the (entity_id, tenant_id) foreign key refuses an unknown or
 * foreign contact on insert.
 */
@CommandHandler(CreateCallCommand)
export class CreateCallHandler implements ICommandHandler<CreateCallCommand> {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ context, input }: CreateCallCommand): Promise<Call> {
    const details = withCallNumbers(input, this.config.defaultPhoneRegion);
    return this.uow.run(async () => {
      const call = Call.create(context.tenantId, details);
      await this.calls.add(call, context);
      return call;
    });
  }
}
