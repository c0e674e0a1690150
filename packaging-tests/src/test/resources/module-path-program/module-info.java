// A user's module. Requiring the client's automatic module gives it the generated models as well
// (automatic modules read, and pass on, one another).
module com.example.smoke {
  requires com.trengo.client;
}
