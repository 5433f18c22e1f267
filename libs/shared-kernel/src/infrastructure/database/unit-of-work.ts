import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';

/**
 * One transaction per command. Repositories and the outbox resolve the transactional entity
 * manager from MikroORM's async context, so everything written inside `run` commits or rolls
 * back together.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly em: EntityManager) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.em.transactional(() => work());
  }
}
