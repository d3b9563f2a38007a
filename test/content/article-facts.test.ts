import { describeFactsOnPages } from './facts-on-pages';

// Every useful fact of the source articles (../shared/seeds), each with where in the articles it comes
// from, the step that carries it and a phrase a reader finds there in each language. The list is ours;
// a fact without its page fails.
describeFactsOnPages('facts from the source articles', 'article-facts.json');
