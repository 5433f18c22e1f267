import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, violatedConstraint, type CommandContext } from '@leadline/shared-kernel';
import {
  CONTACT_REPOSITORY, CrmError, CrmErrorCodes, OPPORTUNITY_REPOSITORY, type ContactRepository,
  type OpportunityRepository,
} from '../../domain/index.js';

export class DeleteContactCommand extends Command<void> {
  constructor(
    readonly context: CommandContext,
    readonly contactId: string,
  ) {
    super();
  }
}

@CommandHandler(DeleteContactCommand)
export class DeleteContactHandler implements ICommandHandler<DeleteContactCommand> {
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, contactId }: DeleteContactCommand): Promise<void> {
    return retryOnStaleVersion(async () => {
      try {
        await this.uow.run(async () => {
          const contact = await this.contacts.find(context.tenantId, contactId);
          if (!contact) throw new NotFoundError('contact', contactId);
          if (await this.opportunities.existsForContact(context.tenantId, contactId)) throw stillHasOpportunities(contactId);
          contact.delete();
          await this.contacts.delete(contact, context);
        });
      } catch (error) {
        // An opportunity created after the check: the foreign key keeps the contact.
        if (violatedConstraint(error) === 'fk_lead_opportunity_contact') {
          throw stillHasOpportunities(contactId);
        }
        throw error;
      }
    });
  }
}

function stillHasOpportunities(contactId: string): CrmError {
  return new CrmError(CrmErrorCodes.contactHasOpportunities, 'The contact still has opportunities; delete them first', {
    contact_id: contactId,
  });
}
