import { describePageFacts } from './page-facts';

// Every useful fact of the source articles (../shared/seeds), each with the step that carries it and a
// phrase a reader finds there in each language. The list is ours; a fact without its page fails.
describePageFacts('facts from the source articles', 'article-facts');
