// The date a question is about ("in December 2020"), for boosting passages of that time.
export { parseQueryDate as parseQuestionDate, type QueryDate as QuestionDate } from "../dates/queryDates.ts";
