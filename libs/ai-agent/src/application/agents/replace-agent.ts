import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  MessagingError, MessagingErrorCodes, TEMPLATE_ENGINE, TemplateSyntaxError, type TemplateEngine,
} from '@leadline/messaging';
import { retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  AI_AGENT_REPOSITORY, EXTRACTION_SCHEMA_CHECKER, type AgentDefinition, type AgentType, type AiAgent, type AiAgentRepository,
  type ExtractionSchemaChecker,
} from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';

export class ReplaceAiAgentCommand extends Command<AiAgent> {
  constructor(
    readonly context: CommandContext,
    readonly agentType: AgentType,
    readonly definition: AgentDefinition,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/**
 * PUT /ai/agents/:agent_type. Instructions and greeting are §9 Liquid texts, checked by messaging's
 * template engine (a syntax error is 422 `template.invalid_syntax`, as for a template); the
 * extraction schema by ajv (422 `ai.extraction_schema_invalid`).
 */
@CommandHandler(ReplaceAiAgentCommand)
export class ReplaceAiAgentHandler implements ICommandHandler<ReplaceAiAgentCommand> {
  constructor(
    @Inject(AI_AGENT_REPOSITORY) private readonly agents: AiAgentRepository,
    @Inject(EXTRACTION_SCHEMA_CHECKER) private readonly schemas: ExtractionSchemaChecker,
    @Inject(TEMPLATE_ENGINE) private readonly engine: TemplateEngine,
    private readonly connections: AiConnections,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, agentType, definition, expectedVersion }: ReplaceAiAgentCommand): Promise<AiAgent> {
    await this.connections.require(context.tenantId);
    this.checkLiquid('instructions', definition.instructions);
    this.checkLiquid('greeting', definition.greeting);
    const attempt = () => this.uow.run(async () => {
      const agent = await this.agents.get(context.tenantId, agentType);
      agent.assertVersion(expectedVersion);
      agent.replace(definition, this.schemas);
      await this.agents.save(agent, context);
      return agent;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }

  private checkLiquid(field: 'instructions' | 'greeting', text: string): void {
    try {
      this.engine.analyse(text, 'content');
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      const reason = error.message.replace(/^content has a Liquid syntax error at line \d+, column \d+: /, '');
      throw new MessagingError(MessagingErrorCodes.templateInvalidSyntax,
        `${field} has a Liquid syntax error at line ${error.line}, column ${error.column}: ${reason}`,
        { field, line: error.line, column: error.column });
    }
  }
}
