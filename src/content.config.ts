import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The criteria texts in content/criteria/<locale>/: `common.md` (what temporary and dilapidated
 * houses are, how households are identified and approved, how to complain) and one file per
 * campaign, named by its id, on what is particular to that plan.
 */
const criteria = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/criteria' }),
  schema: z.object({ title: z.string().min(1) }),
});

export const collections = { criteria };
