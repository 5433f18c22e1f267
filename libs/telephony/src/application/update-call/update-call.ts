import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { CALL_REPOSITORY, type Call, type CallDetails, type CallRepository } from '../../domain/index.js';

export class UpdateCallCommand extends Command<Call> {
  constructor(
    readonly context: CommandContext,
    readonly callId: string,
    /** Fields to set; undefined leaves a field as it is (PUT passes every field). */
    readonly changes: Partial<CallDetails>,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(UpdateCallCommand)
export class UpdateCallHandler implements ICommandHandler<UpdateCallCommand> {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, callId, changes, expectedVersion }: UpdateCallCommand): Promise<Call> {
    const attempt = () => this.uow.run(async () => {
      const call = await this.calls.find(context.tenantId, callId);
      if (!call) throw new NotFoundError('call', callId);
      call.assertVersion(expectedVersion);
      if (call.update(changes)) await this.calls.save(call, context);
      return call;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
