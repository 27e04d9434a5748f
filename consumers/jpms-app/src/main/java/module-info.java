/**
 * A downstream application. It requires session-room only: session-core and session-api, whose
 * types room signatures use, must come with it ({@code requires transitive}).
 */
module com.example.jpmsapp {
  requires dev.appsim.session.room;
}
